package webcare.ui.inbox.model;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import webcare.source.api.HideRequest;
import webcare.source.api.PublishOutcome;
import webcare.source.api.Publisher;
import webcare.source.api.ReplyRequest;

/**
 * A publisher for tests: answers each reply and hide with the next outcome it was given, and
 * remembers what it was asked. Thread-safe enough for one sender at a time.
 */
public class ScriptedPublisher implements Publisher {

    private final String type;
    private final String instance;
    private final Deque<PublishOutcome> replies = new ArrayDeque<>();
    private final Deque<PublishOutcome> hides = new ArrayDeque<>();
    private final List<ReplyRequest> replied = new ArrayList<>();
    private final List<HideRequest> hidden = new ArrayList<>();
    private PublishOutcome.Unsupported cannotReply;
    private PublishOutcome.Unsupported cannotHide;

    public ScriptedPublisher(String type, String instance) {
        this.type = type;
        this.instance = instance;
    }

    /** The outcome of the next reply. */
    public synchronized ScriptedPublisher replies(PublishOutcome outcome) {
        replies.add(outcome);
        return this;
    }

    /** The outcome of the next hide. */
    public synchronized ScriptedPublisher hides(PublishOutcome outcome) {
        hides.add(outcome);
        return this;
    }

    public synchronized ScriptedPublisher cannotReply(String why) {
        cannotReply = new PublishOutcome.Unsupported(why);
        return this;
    }

    public synchronized ScriptedPublisher cannotHide(String why) {
        cannotHide = new PublishOutcome.Unsupported(why);
        return this;
    }

    public synchronized List<ReplyRequest> replied() {
        return List.copyOf(replied);
    }

    public synchronized List<HideRequest> hidden() {
        return List.copyOf(hidden);
    }

    @Override
    public String type() {
        return type;
    }

    @Override
    public String instance() {
        return instance;
    }

    @Override
    public synchronized Optional<PublishOutcome.Unsupported> cannotReply() {
        return Optional.ofNullable(cannotReply);
    }

    @Override
    public synchronized Optional<PublishOutcome.Unsupported> cannotHide() {
        return Optional.ofNullable(cannotHide);
    }

    @Override
    public synchronized PublishOutcome reply(ReplyRequest request) {
        replied.add(request);
        if (replies.isEmpty()) {
            throw new IllegalStateException("no reply outcome scripted for " + request.externalId());
        }
        return replies.remove();
    }

    @Override
    public synchronized PublishOutcome hide(HideRequest request) {
        hidden.add(request);
        if (hides.isEmpty()) {
            throw new IllegalStateException("no hide outcome scripted for " + request.externalId());
        }
        return hides.remove();
    }
}
