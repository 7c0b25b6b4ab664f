package io.meridian.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.meridian.testsupport.RunsBeside;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.util.unit.DataSize;

@RunsBeside
class RequestSizeLimitFilterTest {

    private final RequestSizeLimitFilter filter =
        new RequestSizeLimitFilter(new SecuritySettings(DataSize.ofKilobytes(1), DataSize.ofKilobytes(5), 2000));

    private int statusFor(String contentType, int size) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("PUT", "/api/rules/etiquette");
        request.setContentType(contentType);
        request.setContent(new byte[size]);
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request, response, new MockFilterChain());
        return response.getStatus();
    }

    @Test
    void shouldLetAnUploadBeLargerThanJson() throws Exception {
        assertThat(statusFor("application/json", 2048)).isEqualTo(413);
        assertThat(statusFor("multipart/form-data; boundary=x", 2048)).isEqualTo(200);
        assertThat(statusFor("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", 4096)).isEqualTo(200);
        assertThat(statusFor("application/octet-stream", 6 * 1024)).isEqualTo(413);
    }

    @Test
    void shouldPassABodyWithinTheLimit() throws Exception {
        assertThat(statusFor("application/json", 1024)).isEqualTo(200);
        assertThat(statusFor(null, 1025)).isEqualTo(413);
    }
}
