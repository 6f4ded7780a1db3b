package dev.viva.ratelimit;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a method that grades: while a call by an API key runs, it holds one of that key's gradingsInFlight
 * slots; a call past the limit is refused before it starts ({@link GradingsInFlightInterceptor}).
 */
@InterceptorBinding
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface CountedAsGradingInFlight {
}
