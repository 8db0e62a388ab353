package org.daxkit.reports.model;

/**
 * What the suite ran against.
 *
 * @param name        a short label for matrices ("reference", "stubs", "moto 5.2.1")
 * @param endpointUrl the endpoint the SDK was pointed at
 * @param description free text, may be null
 */
public record TargetInfo(String name, String endpointUrl, String description) {
}
