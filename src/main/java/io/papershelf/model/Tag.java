package io.papershelf.model;

/** A tag with its colour (a CSS hex colour such as {@code #3b82f6}, or null) and how many papers carry it. */
public record Tag(String name, String color, int count) {
}
