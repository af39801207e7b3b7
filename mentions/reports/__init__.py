"""Client reports: a manager's report definition becomes, each period, one rendered issue
(email HTML + plain text + PDF, from the same data) sent to each recipient through an outbox.

- periods.py   when a report goes out and which period it covers (time zones, DST, month ends)
- registry.py  the section registry: one module per section; reviews and crisis register theirs
- sections/    the sections built from mentions (summary, trend, share of voice, tops, note)
- charts.py    PNG charts (mail clients show no SVG)
- render.py    builds the data once and renders email HTML, text and PDF from it
- delivery.py  issuing due reports (beat), the outbox send, unsubscribe tokens
- views.py     defining, previewing, sending now, the sent reports and their PDFs
"""
