package app.rolewise.view;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;

import java.util.function.UnaryOperator;

/**
 * The factory of one of Rolewise's exception handlers: faces-config.xml lists it by its own class, and the handler
 * it makes wraps the handlers of the factories listed before it.
 */
abstract class HandlerFactory extends ExceptionHandlerFactory {

    private final UnaryOperator<ExceptionHandler> handler;

    HandlerFactory(ExceptionHandlerFactory wrapped, UnaryOperator<ExceptionHandler> handler) {
        super(wrapped);
        this.handler = handler;
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return handler.apply(getWrapped().getExceptionHandler());
    }
}
