-- Run once by the postgres image on an empty data volume: Keycloak keeps its accounts in a database of its own.
create database keycloak owner mitwirken;
