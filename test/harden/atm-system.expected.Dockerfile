# ATM system: a small banking API, deliberately insecure (the Shipshape demo).
FROM python:3.13-slim-trixie AS build
RUN python -m venv /opt/venv
ENV VIRTUAL_ENV=/opt/venv PATH="/opt/venv/bin:$PATH"

ENV FLASK_DEBUG=1
ENV DB_PASSWORD=hunter2
ARG API_TOKEN=tok_live_51Hx9PzQ8dJ3kLmN

WORKDIR /app
COPY requirements.txt /app/
RUN apt-get update && apt-get install -y gcc build-essential curl
RUN pip install -r requirements.txt
RUN curl -fsSL https://example.com/install-agent.sh | sh
COPY . .

# Runtime: distroless: the Python 3.13 interpreter and its libraries; no shell or package manager, runs as nonroot (same Python 3.13 as the builder).
FROM gcr.io/distroless/python3-debian13:nonroot AS runtime
WORKDIR /app
COPY --from=build /opt/venv /opt/venv
COPY --from=build /app /app
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 PYTHONPATH=/opt/venv/lib/python3.13/site-packages
EXPOSE 8080
ENTRYPOINT ["/usr/bin/python3", "app.py"]
