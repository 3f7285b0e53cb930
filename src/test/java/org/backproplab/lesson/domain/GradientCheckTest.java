package org.backproplab.lesson.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class GradientCheckTest {
    @Test
    void theCentralDifferenceIsBestAtAModerateStepAndWorseAtBothEnds() {
        var coarse = GradientCheck.run(GradientCheck.Function.EXP, 1, 1e-1);
        var fine = GradientCheck.run(GradientCheck.Function.EXP, 1, 1e-5);
        var tooFine = GradientCheck.run(GradientCheck.Function.EXP, 1, 1e-12);
        assertThat(fine.exact()).isEqualTo(Math.E);
        assertThat(coarse.central()).isCloseTo(2.7228146, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(fine.centralError()).isLessThan(1e-9).isLessThan(coarse.centralError()).isLessThan(tooFine.centralError());
        assertThat(coarse.oneSidedError()).isGreaterThan(20 * coarse.centralError());
        assertThat(fine.verdict()).startsWith("agree");
        assertThat(coarse.verdict()).startsWith("disagree");
    }

    @Test
    void everyFunctionsDerivativeAgreesWithItsOwnEstimate() {
        for (var fn : GradientCheck.Function.values()) {
            for (double w : new double[] {-2, -0.3, 0.7, 3}) {
                assertThat(GradientCheck.run(fn, w, 1e-5).centralError()).as(fn + " at " + w).isLessThan(1e-7);
            }
        }
    }

    @Test
    void aPointOutsideTheRangeIsRefusedWithAReason() {
        assertThatThrownBy(() -> GradientCheck.run(GradientCheck.Function.CUBE, 1e9, 1e-5)).hasMessageContaining("between");
        assertThatThrownBy(() -> GradientCheck.run(GradientCheck.Function.CUBE, Double.NaN, 1e-5)).isInstanceOf(IllegalArgumentException.class);
    }
}
