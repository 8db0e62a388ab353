package org.daxkit.reference.control;

/** One row of the control API's route table: method, path below /_control (e.g. "/reset"), handler. */
record ControlRoute(String method, String path, ControlRouteHandler handler) {
}
