# Mitwirken: `make run` brings the stack up with demo data, `make test` runs every test.
SHELL := /bin/bash
.DEFAULT_GOAL := help

JAR := backend/target/quarkus-app/quarkus-run.jar
BACKEND_SOURCES := $(shell find backend/src/main -type f) backend/pom.xml

.PHONY: help run stop test test-backend test-frontend test-e2e test-webtier test-conformance openapi sbom resilience backup restore lighthouse bench screenshots clean

help:
	@echo "make run      start PostgreSQL, Keycloak, API (8080) and SPA (5173) with demo data"
	@echo "make stop     stop what make run started"
	@echo "make test     backend, contract, frontend, browser end-to-end, web tier (nginx) and generated-client tests"
	@echo "make openapi  regenerate openapi.yaml and the frontend API client after API changes"
	@echo "make sbom     CycloneDX SBOMs of backend and frontend into sbom/"
	@echo "make bench    load benchmarks of the packaged app; writes docs/benchmarks.md (not part of make test)"
	@echo "make screenshots  pictures of the main pages (phone, desktop, projector) into docs/screenshots/"
	@echo "make resilience  fault drills on a PostgreSQL and Keycloak of their own: crashes under writes, Keycloak"
	@echo "                 stopped, slow database, backup and restore under load, SIGTERM with writes in flight"
	@echo "make backup   dump the database (default mitwirken) into BACKUP_DIR (default ./backups)"
	@echo "make restore FILE=backups/….dump [DB=name] [FORCE=1]   restore a dump into an empty database"

run: frontend/node_modules
	scripts/run.sh

stop:
	scripts/stop.sh

test: test-backend test-frontend test-e2e test-webtier test-conformance

# Runs the @QuarkusTest suite against the PostgreSQL test database and packages the jar the e2e tests use.
test-backend:
	scripts/postgres.sh
	cd backend && ./mvnw -B package

test-frontend: frontend/node_modules
	cd frontend && npm run -s api:check && npm run -s typecheck && npm run -s lint && npm test

test-e2e: frontend/node_modules $(JAR)
	scripts/e2e.sh

# Pictures of the home page, a format page, the map portal and the ballot form (390 and 1280 px) and the projector
# (1920×1080) for reviewers, taken from the e2e stack with fresh demo data into docs/screenshots/.
screenshots: frontend/node_modules $(JAR)
	E2E_SCREENSHOTS_DIR=$(CURDIR)/docs/screenshots scripts/e2e.sh e2e/screenshots.e2e.ts

# Debian's nginx with the shipped template in front of the packaged backend: headers, logs, real client address, routes.
test-webtier: frontend/node_modules $(JAR)
	scripts/webtier.sh

# Clients generated from openapi.yaml by openapi-generator (Java, TypeScript) run their journeys against the jar.
test-conformance: frontend/node_modules $(JAR)
	scripts/conformance.sh

$(JAR): $(BACKEND_SOURCES)
	cd backend && ./mvnw -B -q package -DskipTests

frontend/node_modules: frontend/package-lock.json
	cd frontend && npm ci --no-audit --no-fund
	@touch $@

openapi: frontend/node_modules
	cd backend && ./mvnw -B -q package -DskipTests
	cp backend/target/openapi/openapi.yaml openapi.yaml
	cd frontend && npm run -s api:generate

bench: $(JAR) frontend/node_modules
	cd frontend && npm run -s build >/dev/null
	scripts/bench.sh

# Fault drills against the packaged backend, on a PostgreSQL cluster (port 5434) and a Keycloak (port 8181) of their
# own, so they disturb nothing else; see docs/operations.md.
resilience: $(JAR)
	scripts/resilience.sh

# Backup and restore of the database (see docs/operations.md); DB=name picks another database than mitwirken.
backup:
	$(if $(DB),MITWIRKEN_DB_NAME=$(DB)) scripts/backup.sh

restore:
	@test -n "$(FILE)" || { echo "usage: make restore FILE=backups/<file>.dump [DB=name] [FORCE=1]" >&2; exit 2; }
	$(if $(DB),MITWIRKEN_DB_NAME=$(DB)) scripts/restore.sh $(if $(FORCE),--force) "$(FILE)"

# Lighthouse (performance, accessibility) on the home page; make bench includes it.
lighthouse: $(JAR) frontend/node_modules
	scripts/lighthouse.sh

# Software bills of materials (CycloneDX JSON) of what the backend and the SPA ship; CI builds them on every run.
sbom: frontend/node_modules
	mkdir -p sbom
	cd backend && ./mvnw -B -q org.cyclonedx:cyclonedx-maven-plugin:2.9.3:makeBom -DoutputFormat=json \
	  -DoutputName=backend.cdx -DincludeTestScope=false -DoutputDirectory=../sbom
	cd frontend && npx cyclonedx-npm --omit dev --output-format JSON --output-file ../sbom/frontend.cdx.json

clean:
	cd backend && ./mvnw -B -q clean
	rm -rf frontend/dist .run sbom
