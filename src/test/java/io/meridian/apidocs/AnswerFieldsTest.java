package io.meridian.apidocs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.meridian.testsupport.RunsBeside;
import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverterContextImpl;
import io.swagger.v3.core.jackson.ModelResolver;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import jakarta.annotation.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;

/**
 * {@link AnswerFields} marks {@code required} the fields the server's mapper writes in every answer, as Jackson decides
 * it (a field left out when null or empty is not required), on the schemas only answers use: a schema a request reads too
 * keeps the request's {@code required}, and the converter's note of the fields comes off every schema.
 */
@RunsBeside
class AnswerFieldsTest {

    record Part(String sku, int quantity) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Placed(String sheet, int row, @JsonInclude(JsonInclude.Include.ALWAYS) String message) {
    }

    record Written(String id, @Nullable String note, @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> tags,
                   Optional<String> hint, Part part, Placed placed) {
    }

    record Asked(String id, Part part) {
    }

    @Test
    void shouldNameTheFieldsTheMapperWritesWhateverTheirValue() {
        AnswerFields fields = new AnswerFields(Jackson2ObjectMapperBuilder.json().build());

        assertThat(fields.alwaysWritten(Written.class)).as("Jackson's default: ALWAYS").containsExactlyInAnyOrder("id", "note", "hint",
            "part", "placed");
        assertThat(fields.alwaysWritten(Placed.class)).as("NON_NULL record: a primitive is never null")
            .containsExactlyInAnyOrder("row", "message");
        assertThat(new AnswerFields(new ObjectMapper().setSerializationInclusion(JsonInclude.Include.NON_NULL))
            .alwaysWritten(Written.class)).as("a mapper that leaves every null out").isEmpty();
    }

    @Test
    void shouldRequireOnAnAnswersSchemaEveryFieldItsAnswersCarryAndKeepARequestsOwn() {
        AnswerFields fields = new AnswerFields(Jackson2ObjectMapperBuilder.json().build());
        ModelConverterContextImpl context = new ModelConverterContextImpl(List.of(fields, new ModelResolver(Json.mapper())));
        context.resolve(new AnnotatedType(Written.class));
        context.resolve(new AnnotatedType(Asked.class));
        Schema<?> asked = context.getDefinedModels().get("Asked");
        asked.setRequired(List.of("id"));
        OpenAPI api = new OpenAPI().components(new Components().schemas(context.getDefinedModels())).paths(new Paths()
            .addPathItem("/written", new PathItem().get(new Operation().responses(answer("Written"))))
            .addPathItem("/asked", new PathItem().post(new Operation().requestBody(new RequestBody().content(json("Asked")))
                .responses(answer("Asked")))));

        AnswerFields.required(api);

        assertThat(api.getComponents().getSchemas().get("Written").getRequired()).containsExactlyInAnyOrder("id", "note", "hint", "part", "placed");
        assertThat(api.getComponents().getSchemas().get("Placed").getRequired()).containsExactlyInAnyOrder("row", "message");
        assertThat(asked.getRequired()).as("read by a request too: what the request needs").containsExactly("id");
        assertThat(api.getComponents().getSchemas().get("Part").getRequired()).as("in a request's record too").isNull();
        assertThat(api.getComponents().getSchemas().values()).allSatisfy(schema -> assertThat(schema.getExtensions()).isNull());
    }

    private static ApiResponses answer(String schema) {
        return new ApiResponses().addApiResponse("200", new ApiResponse().description("ok").content(json(schema)));
    }

    private static Content json(String schema) {
        return new Content().addMediaType("application/json", new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + schema)));
    }
}
