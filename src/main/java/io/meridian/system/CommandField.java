package io.meridian.system;

import java.lang.reflect.Field;

/**
 * A private field of one of Camunda's commands, which the engine plugins judging a command by what it would change read:
 * the task it names, the user it would make assignee or candidate. Camunda's commands have no getters for them. A field
 * that a new Camunda version renamed stops the start, naming the class that reads it, rather than letting a check pass
 * unseen ({@code CommandFieldTest}).
 */
final class CommandField {

    private final Field field;

    private CommandField(Field field) {
        this.field = field;
    }

    /** The field {@code name} of {@code command}, read by {@code reader}, which the start's refusal names for review. */
    static CommandField of(Class<?> command, String name, Class<?> reader) {
        try {
            Field field = command.getDeclaredField(name);
            field.setAccessible(true);
            return new CommandField(field);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Camunda's " + command.getSimpleName() + " has no field " + name + " any more: review "
                + reader.getSimpleName(), e);
        }
    }

    /** The field's value in {@code command}. */
    Object in(Object command) {
        try {
            return field.get(command);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
