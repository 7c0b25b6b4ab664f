package io.meridian.system;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The address a request comes from, for the login limits. The default is the connection's peer
 * address, which Tomcat replaces with the client's from {@code X-Forwarded-For} only where proxy
 * headers are trusted on purpose ({@code server.forward-headers-strategy}, on in the prod profile).
 */
@FunctionalInterface
interface ClientAddressResolver {

    String resolve(HttpServletRequest request);
}
