package org.tgov.improvement;

public record PriorityAreaView(Long id, String name, int position) {
}
