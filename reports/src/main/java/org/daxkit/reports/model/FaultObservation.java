package org.daxkit.reports.model;

/**
 * For checks about one listed fault: what was expected and what came back.
 *
 * @param expectedCode the wire error code the clause asks for, e.g. NodeNotFoundFault
 * @param actualCode   the error code that came back, or null for a success or no answer
 * @param actualStatus the HTTP status that came back, or null when there was no answer
 */
public record FaultObservation(String expectedCode, String actualCode, Integer actualStatus) {
}
