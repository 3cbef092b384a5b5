FROM python:3.11-slim AS build
RUN python -m venv /opt/venv
ENV VIRTUAL_ENV=/opt/venv UV_PROJECT_ENVIRONMENT=/opt/venv PATH="/opt/venv/bin:$PATH"
COPY --from=ghcr.io/astral-sh/uv:0.4.18 /uv /bin/uv
WORKDIR /app
COPY pyproject.toml uv.lock ./
RUN uv sync --frozen --no-dev
COPY . .

# Runtime: distroless: the Python interpreter and its libraries; no shell or package manager, runs as nonroot.
FROM gcr.io/distroless/python3-debian12:nonroot AS runtime
WORKDIR /app
COPY --from=build /opt/venv /opt/venv
COPY --from=build /app /app
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 PYTHONPATH=/opt/venv/lib/python3.11/site-packages
USER 65532:65532
ENTRYPOINT ["/usr/bin/python3", "-m", "uvicorn", "api.main:app", "--host", "0.0.0.0", "--port", "8080"]
