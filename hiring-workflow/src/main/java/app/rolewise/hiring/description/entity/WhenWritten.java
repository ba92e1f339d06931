package app.rolewise.hiring.description.entity;

/**
 * Bean Validation group of the rules that hold when someone writes a description, not for as long as it is
 * stored: a closing date may not be in the past when it is typed, yet it passes while the posting is kept.
 */
public interface WhenWritten {
}
