FROM python:3.12-slim-bookworm AS build
RUN python -m venv /opt/venv
ENV VIRTUAL_ENV=/opt/venv PATH="/opt/venv/bin:$PATH"
WORKDIR /app
RUN pip install pipenv==2024.0.1
COPY Pipfile Pipfile.lock ./
RUN pipenv install --system --deploy
COPY . .
ENV DJANGO_DEBUG=true

# Runtime: distroless: the Python interpreter and its libraries; no shell or package manager, runs as nonroot.
FROM gcr.io/distroless/python3-debian12:nonroot AS runtime
WORKDIR /app
COPY --from=build /opt/venv /opt/venv
COPY --from=build /app /app
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 PYTHONPATH=/opt/venv/lib/python3.12/site-packages
EXPOSE 8080
USER 65532:65532
ENTRYPOINT ["/usr/bin/python3", "manage.py", "runserver", "0.0.0.0:80"]
