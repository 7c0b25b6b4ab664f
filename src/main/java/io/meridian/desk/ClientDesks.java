package io.meridian.desk;

import java.util.Optional;

/** Which desk a client record names (the client ledger answers); empty when it names none. */
public interface ClientDesks {

    Optional<String> deskOf(String clientId);
}
