package org.backproplab.ui.component;

/**
 * A feature whose routes carry an id ({@code practice/exercise/:id}) says which addresses name
 * nothing it has, so that such an address answers a real 404 as an address no route matches does.
 * Implementations are Spring beans; the shell asks them all before a page's first request.
 */
public interface UnknownAddresses {

    /** @param path the address without its leading slash, as Vaadin's router sees it */
    boolean namesNothing(String path);
}
