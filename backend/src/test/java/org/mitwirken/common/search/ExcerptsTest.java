package org.mitwirken.common.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Excerpts from ts_headline")
class ExcerptsTest {
    private static final String TEXT = "Am Anfang stand nichts. Dann kam der Radweg am Ufer. Am Ende stand alles.";

    @Test
    @DisplayName("the marks become ranges of the plain text, none of them left in it")
    void marksBecomeRanges() {
        Excerpts.Excerpt excerpt = Excerpts.excerpt("Mehr \u0002Radwege\u0003 für \u0002Kaiserslautern\u0003",
                "Mehr Radwege für Kaiserslautern");
        assertEquals("Mehr Radwege für Kaiserslautern", excerpt.text());
        assertEquals(List.of(new SearchHit.Highlight(5, 12), new SearchHit.Highlight(17, 31)),
                excerpt.highlights());
    }

    @Test
    @DisplayName("\"…\" stands where the text's beginning or end is left out, and the ranges move with it")
    void ellipsesWhereCut() {
        Excerpts.Excerpt middle = Excerpts.excerpt("Dann kam der \u0002Radweg\u0003 am Ufer", TEXT);
        assertEquals("… Dann kam der Radweg am Ufer …", middle.text());
        assertEquals("Radweg", middle.text().substring(middle.highlights().get(0).start(),
                middle.highlights().get(0).end()));

        assertEquals("Am Anfang stand nichts …", Excerpts.excerpt("Am Anfang stand nichts", TEXT).text());
        assertEquals("… Am Ende stand alles.", Excerpts.excerpt("Am Ende stand alles.", TEXT).text());
        assertEquals(TEXT, Excerpts.excerpt(TEXT, TEXT).text());
    }

    @Test
    @DisplayName("two passages keep the gap between them and are checked at the text's start and end each")
    void twoPassages() {
        Excerpts.Excerpt excerpt = Excerpts.excerpt("Am Anfang stand nichts … Am Ende stand \u0002alles\u0003.",
                TEXT);
        assertEquals("Am Anfang stand nichts … Am Ende stand alles.", excerpt.text());
        assertEquals(List.of(new SearchHit.Highlight(39, 44)), excerpt.highlights());
    }

    @Test
    @DisplayName("a mark without text or without its end marks nothing")
    void brokenMarks() {
        assertEquals(List.of(), Excerpts.excerpt("leer \u0002\u0003 und offen \u0002rest", "leer  und offen rest")
                .highlights());
    }
}
