package org.mitwirken.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.mitwirken.client.ApiClient;
import org.mitwirken.client.ApiException;
import org.mitwirken.client.api.CommentsApi;
import org.mitwirken.client.api.DistrictsApi;
import org.mitwirken.client.api.FieldsOfActionApi;
import org.mitwirken.client.api.FormatsApi;
import org.mitwirken.client.api.InterviewNotesApi;
import org.mitwirken.client.api.JetztMitmachenApi;
import org.mitwirken.client.api.MapPortalApi;
import org.mitwirken.client.api.OpenDataApi;
import org.mitwirken.client.api.PrioritisationApi;
import org.mitwirken.client.api.ProcessesApi;
import org.mitwirken.client.api.SearchApi;
import org.mitwirken.client.api.SurveysApi;
import org.mitwirken.client.model.CommentTargetType;
import org.mitwirken.client.model.District;
import org.mitwirken.client.model.FieldOfAction;
import org.mitwirken.client.model.Format;
import org.mitwirken.client.model.GeoJsonFeatureCollection;
import org.mitwirken.client.model.OpenDataset;
import org.mitwirken.client.model.Opportunity;
import org.mitwirken.client.model.OpportunityKind;
import org.mitwirken.client.model.Survey;
import org.mitwirken.client.model.VotingRound;

@DisplayName("A third-party app reads the city's participation with a generated Java client")
class ReadingJourneyTest {
    private final ApiClient client = Clients.anonymous();

    @Test
    @DisplayName("processes, their formats in every sort order, and each format on its own")
    void processesAndFormats() throws ApiException {
        var processes = new ProcessesApi(client).listProcesses(0, 100).getItems();
        assertFalse(processes.isEmpty());
        processes.forEach(process -> assertEquals(process.getSlug(), get(() -> new ProcessesApi(client)
                .getProcess(process.getSlug())).getSlug()));
        FormatsApi formats = new FormatsApi(client);
        for (String sort : List.of("startsOn", "-startsOn,title", "createdAt")) {
            List<Format> page = formats.listFormats(null, null, null, 0, null, null, 100, sort).getItems();
            assertTrue(page.size() >= 6, "the INSEK's six formats, sorted by " + sort);
        }
        for (Format format : formats.listFormats(null, null, null, 0, null, null, 100, null).getItems()) {
            assertEquals(format.getTitle(), formats.getFormat(format.getSlug()).getTitle());
        }
    }

    @Test
    @DisplayName("districts with their boundaries and fields of action with their goals")
    void districtsAndFieldsOfAction() throws ApiException {
        List<District> districts = new DistrictsApi(client).listDistricts(0, 100).getItems();
        assertTrue(districts.stream().anyMatch(district -> district.getBoundary() != null),
                "a district's boundary reaches the client as typed GeoJSON");
        FieldsOfActionApi fields = new FieldsOfActionApi(client);
        List<FieldOfAction> all = fields.listFieldsOfAction(0, 100).getItems();
        assertEquals(4, all.size(), "the four fields of action");
        for (FieldOfAction field : all) {
            assertFalse(fields.getFieldOfAction(field.getSlug()).getGoals().isEmpty());
        }
    }

    @Test
    @DisplayName("the survey, its results, the voting round and its results")
    void surveysAndVotings() throws ApiException {
        SurveysApi surveys = new SurveysApi(client);
        List<Survey> survey = surveys.listSurveys("umfrage-und-geoportal-2024");
        assertFalse(survey.isEmpty());
        assertFalse(surveys.getSurvey(survey.get(0).getSlug()).getQuestions().isEmpty());
        assertNotNull(surveys.getSurveyResults(survey.get(0).getSlug(), null).getResponses());
        PrioritisationApi voting = new PrioritisationApi(client);
        VotingRound round = voting.listVotingRounds("buergerbeteiligung-13-11-2024").get(0);
        assertEquals(4, voting.getVotingRound(round.getId()).getItems().size());
        assertNotNull(voting.getVotingResults(round.getId()));
    }

    @Test
    @DisplayName("comments, map contributions, interview notes and search")
    void contributionsAndMore() throws ApiException {
        Format walks = new FormatsApi(client).getFormat("begehungen-ortsbezirke-2024");
        assertNotNull(new CommentsApi(client).listComments(walks.getId(), CommentTargetType.FORMAT, 0, 100).getItems());
        assertNotNull(new MapPortalApi(client).listMapContributions(null, null, null, null, 0, 100).getItems());
        var notes = new InterviewNotesApi(client).listInterviewNotes(null, 0, 100, null, null).getItems();
        assertFalse(notes.isEmpty(), "the published Gesprächsvermerke");
        assertNotNull(new InterviewNotesApi(client).getInterviewNote(notes.get(0).getSlug()).getTitle());
        assertFalse(new SearchApi(client).search("Innenstadt", 0, 20).getItems().isEmpty());
    }

    @Test
    @DisplayName("Jetzt mitmachen: the demo's open survey and voting round, each with what it takes and its path")
    void opportunities() throws ApiException {
        List<Opportunity> open = new JetztMitmachenApi(client).listOpportunities(null, null, 0, null, 100, null)
                .getItems();
        assertTrue(open.stream().anyMatch(o -> o.getKind() == OpportunityKind.SURVEY), "the open survey");
        assertTrue(open.stream().anyMatch(o -> o.getKind() == OpportunityKind.VOTING_ROUND), "the open round");
        for (Opportunity opportunity : open) {
            assertTrue(opportunity.getPath().startsWith("/api/v1/"), opportunity.getPath());
        }
    }

    @Test
    @DisplayName("every open dataset as JSON and CSV, and the spatial ones as GeoJSON, each through its own operation")
    void openData() throws ApiException {
        OpenDataApi openData = new OpenDataApi(client);
        List<OpenDataset> datasets = openData.listOpenData();
        assertFalse(datasets.isEmpty());
        for (OpenDataset dataset : datasets) {
            List<Map<String, Object>> records = openData.downloadOpenDataJson(dataset.getName());
            String header = openData.downloadOpenDataCsv(dataset.getName()).lines().findFirst().orElse("");
            assertTrue(header.contains(dataset.getFields().get(0).getName()), dataset.getName() + ": " + header);
            if (Boolean.TRUE.equals(dataset.getSpatial())) {
                GeoJsonFeatureCollection features = openData.downloadOpenDataGeoJson(dataset.getName());
                assertEquals(records.size(), features.getFeatures().size(), dataset.getName());
            }
        }
    }

    interface Call<T> {
        T run() throws ApiException;
    }

    static <T> T get(Call<T> call) {
        try {
            return call.run();
        } catch (ApiException e) {
            throw new AssertionError("answered " + e.getCode() + ": " + e.getResponseBody(), e);
        }
    }
}
