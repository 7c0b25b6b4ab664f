package io.meridian.complaint;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;

import io.meridian.testsupport.MeridianTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Complaints started on a complaint-handling model deployed before the crisis alert moved to the task listener still
 * pass that model's step "Alert managers (crisis channel)", {@code ${alertManagersDelegate}}: the engine must find the
 * bean, and the bean must not alert again what the task's listener alerts.
 */
@MeridianTest
class EarlierComplaintModelTest {

    @Autowired
    ApplicationContext context;

    @Test
    void shouldLetAComplaintOfAnEarlierModelPassItsAlertStepWithoutMailingTwice() throws Exception {
        Object bean = context.getBean("alertManagersDelegate");
        assertThat(bean).as("the bean the earlier model's service task names").isInstanceOf(JavaDelegate.class);
        DelegateExecution execution = Mockito.mock(DelegateExecution.class);
        ((JavaDelegate) bean).execute(execution);
        Mockito.verify(execution, Mockito.atMost(1)).getProcessBusinessKey();
        Mockito.verifyNoMoreInteractions(execution);
    }
}
