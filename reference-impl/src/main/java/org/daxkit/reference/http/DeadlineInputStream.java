package org.daxkit.reference.http;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** A request body whose reads the deadline knows about, so it can answer a client that stalls. */
final class DeadlineInputStream extends FilterInputStream {
    private final RequestDeadline deadline;

    DeadlineInputStream(InputStream in, RequestDeadline deadline) {
        super(in);
        this.deadline = deadline;
    }

    @Override
    public int read() throws IOException {
        deadline.beginBodyRead();
        try {
            return super.read();
        } finally {
            deadline.endBodyRead();
        }
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        deadline.beginBodyRead();
        try {
            return super.read(buffer, offset, length);
        } finally {
            deadline.endBodyRead();
        }
    }
}
