# Front-end assets: govuk-frontend from the npm registry, compiled under ShareHub's brand.
FROM node:20-slim AS assets
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY static ./static
RUN npm run build

FROM python:3.12-slim
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 PIP_NO_CACHE_DIR=1
WORKDIR /app
RUN useradd --create-home --uid 1000 sharehub
COPY pyproject.toml README.md ./
COPY sharehub ./sharehub
RUN pip install .
COPY manage.py gunicorn.conf.py ./
COPY templates ./templates
COPY static ./static
COPY --from=assets /app/static/build ./static/build
RUN SECRET_KEY=collectstatic-only python manage.py collectstatic --noinput \
    && mkdir -p /app/media && chown sharehub /app/media
USER sharehub
# Every gunicorn worker's metrics, added up by /metrics (emptied at start: gunicorn.conf.py).
ENV PROMETHEUS_MULTIPROC_DIR=/tmp/sharehub-metrics
EXPOSE 8000
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s \
  CMD python -c "import urllib.request,sys; sys.exit(urllib.request.urlopen('http://127.0.0.1:8000/healthz').status != 200)"
CMD ["gunicorn", "sharehub.wsgi:application", "--bind", "0.0.0.0:8000", "--workers", "3"]
