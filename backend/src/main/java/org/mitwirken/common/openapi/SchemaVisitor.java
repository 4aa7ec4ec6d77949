package org.mitwirken.common.openapi;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;

/** Visits every schema of a contract, nested ones included, parents before their children. */
final class SchemaVisitor {
    private SchemaVisitor() {
    }

    static void visitAll(OpenAPI openAPI, Consumer<Schema> visitor) {
        List<Schema> roots = new ArrayList<>();
        if (openAPI.getComponents() != null && openAPI.getComponents().getSchemas() != null) {
            roots.addAll(openAPI.getComponents().getSchemas().values());
        }
        if (openAPI.getPaths() != null) {
            openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(operation -> {
                if (operation.getParameters() != null) {
                    operation.getParameters().forEach(parameter -> add(roots, parameter.getSchema()));
                }
                if (operation.getRequestBody() != null) {
                    addContent(roots, operation.getRequestBody().getContent());
                }
                if (operation.getResponses() != null && operation.getResponses().getAPIResponses() != null) {
                    operation.getResponses().getAPIResponses().values()
                            .forEach(response -> addContent(roots, response.getContent()));
                }
            }));
        }
        roots.forEach(root -> visit(root, visitor));
    }

    static void visit(Schema schema, Consumer<Schema> visitor) {
        if (schema == null) {
            return;
        }
        visitor.accept(schema);
        List<Schema> children = new ArrayList<>();
        add(children, schema.getItems());
        add(children, schema.getAdditionalPropertiesSchema());
        add(children, schema.getNot());
        addAll(children, schema.getProperties() == null ? null : schema.getProperties().values());
        addAll(children, schema.getAnyOf());
        addAll(children, schema.getOneOf());
        addAll(children, schema.getAllOf());
        addAll(children, schema.getPrefixItems());
        children.forEach(child -> visit(child, visitor));
    }

    private static void addContent(List<Schema> schemas, Content content) {
        if (content != null && content.getMediaTypes() != null) {
            content.getMediaTypes().values().forEach(media -> add(schemas, media.getSchema()));
        }
    }

    private static void add(List<Schema> schemas, Schema schema) {
        if (schema != null) {
            schemas.add(schema);
        }
    }

    private static void addAll(List<Schema> schemas, Collection<Schema> more) {
        if (more != null) {
            more.forEach(schema -> add(schemas, schema));
        }
    }
}
