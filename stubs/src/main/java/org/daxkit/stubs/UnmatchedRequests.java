package org.daxkit.stubs;

import com.github.tomakehurst.wiremock.core.Admin;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.github.tomakehurst.wiremock.verification.NearMiss;
import com.github.tomakehurst.wiremock.verification.diff.PlainTextDiffRenderer;

import java.util.List;
import java.util.Map;

/** Explains requests that matched no stub: the request itself, then WireMock's diff against the closest stub. */
final class UnmatchedRequests {
    private UnmatchedRequests() {
    }

    static String describe(Admin admin, List<LoggedRequest> requests) {
        StringBuilder text = new StringBuilder()
                .append(requests.size()).append(requests.size() == 1 ? " request" : " requests")
                .append(" to the DAX stubs matched no stub. The stubs answer only the recorded inputs")
                .append(" (org.daxkit.stubs.StubInputs; stubs/README.md lists them).");
        for (LoggedRequest request : requests) {
            text.append("\n\n").append(describe(admin, request));
        }
        return text.toString();
    }

    private static String describe(Admin admin, LoggedRequest request) {
        String summary = request.getMethod() + " " + request.getUrl()
                + " X-Amz-Target: " + request.getHeader("X-Amz-Target")
                + " body: " + request.getBodyAsString();
        List<NearMiss> nearMisses = admin.findTopNearMissesFor(request).getNearMisses().stream()
                .filter(nearMiss -> !NoMatchingStub.ID.equals(nearMiss.getStubMapping().getId()))
                .toList();
        if (nearMisses.isEmpty()) {
            return summary + "\n(no recorded stub is loaded, so there is no closest stub to compare with)";
        }
        NearMiss closest = nearMisses.get(0);
        return summary + "\nClosest stub: " + closest.getStubMapping().getName() + "\n"
                + new PlainTextDiffRenderer(Map.of()).render(closest.getDiff());
    }
}
