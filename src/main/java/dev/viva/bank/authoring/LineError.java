package dev.viva.bank.authoring;

/** What is wrong on one line of a bulk file (lines count from 1, blank ones included). */
public record LineError(int line, String message) {
}
