package dev.viva.support;

/** What is wrong on one line of an uploaded file (lines count from 1, blank ones included; 0 is the file as a whole). */
public record LineError(int line, String message) {
}
