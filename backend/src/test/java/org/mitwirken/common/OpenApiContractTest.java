package org.mitwirken.common;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.mitwirken.support.Contract;

@QuarkusTest
@DisplayName("Published contract")
class OpenApiContractTest {

    @Test
    @DisplayName("the committed openapi.yaml is exactly what the server serves (run `make openapi` after API changes)")
    void committedContractMatchesServedOne() throws IOException {
        String served = given().accept("application/yaml").when().get("/api/v1/openapi")
                .then().statusCode(200).extract().asString();
        Path servedCopy = Path.of("target", "openapi-served.yaml");
        Files.createDirectories(servedCopy.getParent());
        Files.writeString(servedCopy, served);

        YAMLMapper yaml = new YAMLMapper();
        JsonNode committed = yaml.readTree(Contract.SPEC.toFile());
        assertEquals(committed, yaml.readTree(served),
                "openapi.yaml differs from the served contract (see " + servedCopy.toAbsolutePath()
                        + "); run `make openapi` and regenerate the frontend client");
    }
}
