package io.meridian.apidocs;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.swagger.v3.oas.models.PathItem;

/**
 * A path's operations in the order a user meets them (Swagger UI lists a path's operations in the order the description
 * writes them): what creates or records comes before the reading of what was created ({@code POST /api/inquiries}
 * starts a journey, {@code GET /api/inquiries} lists them), a record's reading before its change ({@code GET} a
 * workbook, then {@code PUT} it back).
 */
@JsonPropertyOrder({"summary", "description", "post", "get", "put", "patch", "delete", "head", "options", "trace", "servers",
    "parameters", "$ref"})
class JourneyPathItem extends PathItem {

    static JourneyPathItem of(PathItem item) {
        JourneyPathItem ordered = new JourneyPathItem();
        ordered.setSummary(item.getSummary());
        ordered.setDescription(item.getDescription());
        ordered.setGet(item.getGet());
        ordered.setPut(item.getPut());
        ordered.setPost(item.getPost());
        ordered.setDelete(item.getDelete());
        ordered.setOptions(item.getOptions());
        ordered.setHead(item.getHead());
        ordered.setPatch(item.getPatch());
        ordered.setTrace(item.getTrace());
        ordered.setServers(item.getServers());
        ordered.setParameters(item.getParameters());
        ordered.set$ref(item.get$ref());
        ordered.setExtensions(item.getExtensions());
        return ordered;
    }
}
