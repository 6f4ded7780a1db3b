package dev.viva.screening.dispatch;

import jakarta.enterprise.context.ApplicationScoped;
import java.net.InetAddress;
import java.net.UnknownHostException;

/** This process among the instances sharing the database: host and process id, recorded with each grading it does. */
@ApplicationScoped
public class InstanceName {

    private final String name;

    public InstanceName() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "unknown-host";
        }
        name = host + ":" + ProcessHandle.current().pid();
    }

    public String get() {
        return name;
    }
}
