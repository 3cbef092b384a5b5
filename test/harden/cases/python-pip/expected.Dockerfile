FROM python:3.11 AS build
RUN python -m venv /opt/venv
ENV VIRTUAL_ENV=/opt/venv PATH="/opt/venv/bin:$PATH"
WORKDIR /srv/app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY . .

# Runtime: distroless: the Python interpreter and its libraries; no shell or package manager, runs as nonroot.
FROM gcr.io/distroless/python3-debian12:nonroot AS runtime
WORKDIR /srv/app
COPY --from=build /opt/venv /opt/venv
COPY --from=build /srv/app /srv/app
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 PYTHONPATH=/opt/venv/lib/python3.11/site-packages
EXPOSE 8000
USER 65532:65532
ENTRYPOINT ["/usr/bin/python3", "-m", "gunicorn", "--bind", "0.0.0.0:8000", "wsgi:app"]
