package org.mitwirken.conformance;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The strict check of answers catches what a generated client would trip over")
class StrictContractTest {
    private HttpServer server;
    private OkHttpClient client;
    private volatile int status;
    private volatile String body;

    @BeforeEach
    void serveCannedAnswers() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
        client = new OkHttpClient.Builder().addInterceptor(new StrictContract(
                Path.of(System.getProperty("mitwirken.contract", "../openapi.yaml")))).build();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    @DisplayName("a documented answer passes")
    void documentedAnswer() {
        answer(200, "{\"items\":[],\"page\":0,\"size\":20,\"total\":0}");
        assertDoesNotThrow(() -> call("/api/v1/processes"));
    }

    @Test
    @DisplayName("a property the contract does not name fails")
    void undocumentedProperty() {
        answer(200, "{\"items\":[],\"page\":0,\"size\":20,\"total\":0,\"next\":null}");
        assertThrows(AssertionError.class, () -> call("/api/v1/processes"));
    }

    @Test
    @DisplayName("a null where the contract declares none fails")
    void undeclaredNull() {
        answer(200, "{\"items\":[],\"page\":0,\"size\":20,\"total\":null}");
        assertThrows(AssertionError.class, () -> call("/api/v1/processes"));
    }

    @Test
    @DisplayName("a status the operation does not list fails")
    void undocumentedStatus() {
        answer(418, "{}");
        assertThrows(AssertionError.class, () -> call("/api/v1/processes"));
    }

    private void answer(int status, String body) {
        this.status = status;
        this.body = body;
    }

    private void call(String path) throws IOException {
        try (Response response = client.newCall(new Request.Builder()
                .url("http://127.0.0.1:" + server.getAddress().getPort() + path).build()).execute()) {
            response.body().string();
        }
    }
}
