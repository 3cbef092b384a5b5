FROM python:3.11-slim AS build
RUN python -m venv /opt/venv
ENV VIRTUAL_ENV=/opt/venv UV_PROJECT_ENVIRONMENT=/opt/venv PATH="/opt/venv/bin:$PATH"
COPY --from=ghcr.io/astral-sh/uv:0.4.18 /uv /bin/uv
WORKDIR /app
COPY pyproject.toml uv.lock ./
RUN uv sync --frozen --no-dev
COPY . .

# Runtime: slim: the Python 3.11 interpreter and its libraries; smaller than the full image, still with a shell (same Python 3.11 as the builder).
# Note: python:3.11-slim instead of a distroless image: distroless Python 3.11 is Debian 12's, whose C library
#   is older than the builder's Debian 13 (the image's default); packages compiled there may need symbols it
#   lacks. Build on python:3.11-slim-bookworm to use it.
FROM python:3.11-slim AS runtime
WORKDIR /app
COPY --from=build /opt/venv /opt/venv
COPY --from=build /app /app
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 VIRTUAL_ENV=/opt/venv PATH="/opt/venv/bin:$PATH"
RUN groupadd --system --gid 10001 app && useradd --system --uid 10001 --gid app --no-create-home --shell /usr/sbin/nologin app
USER 10001:10001
ENTRYPOINT ["python", "-m", "uvicorn", "api.main:app", "--host", "0.0.0.0", "--port", "8080"]
