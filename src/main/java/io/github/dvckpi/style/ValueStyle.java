package io.github.dvckpi.style;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of the library: every value type that Immutables generates is annotated
 * {@code @ValueStyle @Value.Immutable}. The generated classes ({@code ImmutableX}) are
 * package-private implementation details: users see the abstract value type, its static factories
 * and its public {@code Builder}, which extends the generated builder. Nothing of Immutables is
 * needed at run time (the annotations have class retention and the module {@code requires static}
 * it).
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
    overshadowImplementation = true,
    defaults = @Value.Immutable(copy = true))
public @interface ValueStyle {}
