package org.backproplab;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Stopping behind a load balancer without refusing anyone. When the app is asked to stop, Spring Boot
 * first turns readiness to REFUSING_TRAFFIC ({@code /actuator/health/readiness} answers 503). This
 * bean, stopped before everything else, then keeps the app serving for {@code backproplab.drain-delay}
 * so that the proxy's health check notices and sends nothing new here; only then does the web server's
 * graceful shutdown close the port and let the requests in flight finish.
 */
@Component
class ShutdownDrain implements SmartLifecycle {
    private static final Logger log = LoggerFactory.getLogger(ShutdownDrain.class);

    private final Duration delay;
    private volatile boolean running;

    ShutdownDrain(BackpropLabProperties settings) {
        this.delay = settings.drainDelay();
    }

    @Override
    public void start() {
        running = true;
    }

    @Override
    public void stop() {
        running = false;
        if (delay.isZero()) {
            return;
        }
        log.info("Readiness is down: serving {} s more before the web server stops", delay.toMillis() / 1000.0);
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** The highest phase stops first: before the web server's graceful shutdown (a lower phase). */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE;
    }
}
