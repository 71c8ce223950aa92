"""The corpus explorer: server-rendered, linked pages over the corpus (Jinja2 templates, inline SVG
charts, no JavaScript from anywhere else). ``dateline.web.pages.install(app)`` adds the pages to the
FastAPI app; ``templating`` holds the one autoescaping Jinja2 environment."""
