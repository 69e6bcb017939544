package io.papershelf.model;

/** Which papers a view shows by read state. */
public enum ReadState {
    ALL, UNREAD, READ
}
