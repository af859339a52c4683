package webcare.ui.inbox.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import webcare.source.api.Publisher;

/**
 * The publishers present right now, bound and unbound by DS on its own threads and read by the
 * view's workers. Each bind and unbind is one atomic change of the list, so an unbind removes only
 * the service that left and never a newer one of the same instance bound in between.
 */
public final class PublisherSet {

    private final List<Publisher> publishers = new CopyOnWriteArrayList<>();

    public void add(Publisher publisher) {
        publishers.add(publisher);
    }

    public void remove(Publisher publisher) {
        publishers.remove(publisher);
    }

    /**
     * The publisher of the connector instance a mention came through: the same platform type and
     * instance name; the newest when a reconfiguration briefly leaves two. Empty when there is none
     * (feeds, files, or a connector that is not running).
     */
    public Optional<Publisher> of(String type, String instance) {
        List<Publisher> now = List.copyOf(publishers);
        for (int i = now.size() - 1; i >= 0; i--) {
            Publisher each = now.get(i);
            if (Objects.equals(each.type(), type) && Objects.equals(each.instance(), instance == null ? "" : instance)) {
                return Optional.of(each);
            }
        }
        return Optional.empty();
    }
}
