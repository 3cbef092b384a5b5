FROM python:3.12-slim-bookworm AS build
RUN python -m venv /opt/venv
ENV VIRTUAL_ENV=/opt/venv PATH="/opt/venv/bin:$PATH"
WORKDIR /app
RUN pip install pipenv==2024.0.1
COPY Pipfile Pipfile.lock ./
RUN pipenv install --system --deploy
COPY . .
ENV DJANGO_DEBUG=true

# Runtime: slim: the Python 3.12 interpreter and its libraries; smaller than the full image, still with a shell (same Python 3.12 as the builder).
# Note: python:3.12-slim-bookworm instead of a distroless image: distroless Python is 3.11 (Debian 12) or 3.13
#   (Debian 13), not 3.12; compiled packages built for 3.12 would not load.
FROM python:3.12-slim-bookworm AS runtime
WORKDIR /app
COPY --from=build /opt/venv /opt/venv
COPY --from=build /app /app
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 VIRTUAL_ENV=/opt/venv PATH="/opt/venv/bin:$PATH"
EXPOSE 8080
RUN groupadd --system --gid 10001 app && useradd --system --uid 10001 --gid app --no-create-home --shell /usr/sbin/nologin app
USER 10001:10001
ENTRYPOINT ["python", "manage.py", "runserver", "0.0.0.0:80"]
