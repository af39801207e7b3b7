# The production image: web, worker and beat all run from it (see docker-compose.yml).
FROM python:3.11-slim
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 PIP_NO_CACHE_DIR=1
WORKDIR /app
RUN useradd --create-home --uid 1000 app
# A C compiler for the compiled sentiment scorer (setup.py; without one it runs as Python);
# Pango, HarfBuzz's subsetter and a font for WeasyPrint (the client reports' PDFs).
RUN apt-get update && apt-get install -y --no-install-recommends gcc libc6-dev \
      libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0 fonts-dejavu-core \
 && rm -rf /var/lib/apt/lists/*
# The dependencies in a layer of their own, so that a code change does not reinstall them.
COPY pyproject.toml ./
RUN python -c "import tomllib; print('\n'.join(tomllib.load(open('pyproject.toml', 'rb'))['project']['dependencies']))" \
      > /tmp/requirements.txt \
 && pip install -r /tmp/requirements.txt
COPY . .
# Installed in place: the compiled scorer lands beside its source, built after it.
RUN pip install --no-deps -e .
# collectstatic imports settings: give it throwaway values so no engine is started.
RUN DATABASE_URL=postgres://build@localhost/build REDIS_URL=redis://localhost \
    SECRET_KEY=build-only-secret-key-not-used-at-runtime-0123456789abcdef \
    STATIC_ROOT=/app/staticfiles python manage.py collectstatic --noinput \
 && chown -R app /app
ENV STATIC_ROOT=/app/staticfiles
USER app
EXPOSE 8000
CMD ["gunicorn", "orm_dashboard.wsgi", "--bind", "0.0.0.0:8000", "--workers", "3", "--threads", "4", \
     "--logger-class", "orm_dashboard.logs.AccessLogger"]
