package io.meridian.system;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The login limits count per calling address, and every test call comes from loopback: a test
 * names the address it calls from in {@link #HEADER}. Without the header, the connection's address.
 */
@TestConfiguration(proxyBeanMethods = false)
public class CallerAddressHeader {

    /** Header by which a test says which address it calls from. */
    public static final String HEADER = "X-Test-Caller-Address";

    @Bean
    @Primary
    ClientAddressResolver testCallerAddress() {
        return request -> request.getHeader(HEADER) != null ? request.getHeader(HEADER) : request.getRemoteAddr();
    }
}
