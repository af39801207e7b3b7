"""SQL for the indexes crisis migrations add to the mentions tables. Built CONCURRENTLY (in
migrations with ``atomic = False``) so that adding one to a large production table does not
block ingest. (Django's migration loader skips modules whose name starts with "_".)"""


def create(name: str, target: str) -> str:
    return f"CREATE INDEX CONCURRENTLY IF NOT EXISTS {name} ON {target}"


def drop(name: str) -> str:
    return f"DROP INDEX CONCURRENTLY IF EXISTS {name}"
