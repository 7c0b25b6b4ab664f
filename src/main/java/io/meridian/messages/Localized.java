package io.meridian.messages;

/** A placeholder value that reads differently per language (day names, dates): the renderer asks it for each part. */
@FunctionalInterface
public interface Localized {

    Object in(String language);
}
