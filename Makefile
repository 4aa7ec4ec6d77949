# Mitwirken: `make run` brings the stack up with demo data, `make test` runs every test.
SHELL := /bin/bash
.DEFAULT_GOAL := help

JAR := backend/target/quarkus-app/quarkus-run.jar
BACKEND_SOURCES := $(shell find backend/src/main -type f) backend/pom.xml

.PHONY: help run stop test test-backend test-frontend test-e2e test-webtier openapi sbom resilience lighthouse bench clean

help:
	@echo "make run      start PostgreSQL, Keycloak, API (8080) and SPA (5173) with demo data"
	@echo "make stop     stop what make run started"
	@echo "make test     backend, contract, frontend, browser end-to-end and web tier (nginx) tests"
	@echo "make openapi  regenerate openapi.yaml and the frontend API client after API changes"
	@echo "make sbom     CycloneDX SBOMs of backend and frontend into sbom/"
	@echo "make bench    load benchmarks of the packaged app; writes docs/benchmarks.md (not part of make test)"
	@echo "make resilience  fault drills: PostgreSQL restart, Keycloak away, slow database, SIGTERM (restarts PostgreSQL)"

run: frontend/node_modules
	scripts/run.sh

stop:
	scripts/stop.sh

test: test-backend test-frontend test-e2e test-webtier

# Runs the @QuarkusTest suite against the PostgreSQL test database and packages the jar the e2e tests use.
test-backend:
	scripts/postgres.sh
	cd backend && ./mvnw -B package

test-frontend: frontend/node_modules
	cd frontend && npm run -s api:check && npm run -s typecheck && npm run -s lint && npm test

test-e2e: frontend/node_modules $(JAR)
	scripts/e2e.sh

# Debian's nginx with the shipped template in front of the packaged backend: headers, logs, real client address, routes.
test-webtier: frontend/node_modules $(JAR)
	scripts/webtier.sh

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

# Fault drills against the packaged backend; restarts the local PostgreSQL, so never run it beside other tests.
resilience: $(JAR)
	scripts/resilience.sh

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
