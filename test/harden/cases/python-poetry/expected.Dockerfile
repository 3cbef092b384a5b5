FROM python:3.13-slim AS build
RUN python -m venv /opt/venv
ENV VIRTUAL_ENV=/opt/venv POETRY_VIRTUALENVS_CREATE=false PATH="/opt/venv/bin:$PATH"
ENV POETRY_VERSION=1.8.3
WORKDIR /app
RUN pip install "poetry==$POETRY_VERSION"
COPY pyproject.toml poetry.lock ./
RUN poetry install --only main --no-root
COPY . .

# Runtime: distroless: the Python 3.13 interpreter and its libraries; no shell or package manager, runs as nonroot (same Python 3.13 as the builder).
FROM gcr.io/distroless/python3-debian13:nonroot AS runtime
WORKDIR /app
COPY --from=build /opt/venv /opt/venv
COPY --from=build /app /app
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 PYTHONPATH=/opt/venv/lib/python3.13/site-packages
ENTRYPOINT ["/usr/bin/python3", "-m", "service"]
