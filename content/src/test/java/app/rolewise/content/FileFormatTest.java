package app.rolewise.content;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class FileFormatTest {

    @Test
    void anAddressNamesAFormatByItsExtensionInAnyCase() {
        assertEquals(Optional.of(FileFormat.PDF), FileFormat.ofExtension("PDF"));
        assertEquals(Optional.of(FileFormat.JSON_LD), FileFormat.ofExtension("jsonld"));
        assertEquals(Optional.empty(), FileFormat.ofExtension(null));
        assertEquals(Optional.empty(), FileFormat.ofExtension("md%0d%0aX-Injected:%201"));
    }

    @Test
    void aFileIsNamedWithItsFormatsExtension() {
        ExportedFile file = ExportedFile.text("rolewise-job-7-r2", FileFormat.MARKDOWN, "# Title");

        assertEquals("rolewise-job-7-r2.md", file.fileName());
        assertEquals("text/markdown;charset=UTF-8", file.format().contentType());
        assertEquals(7, file.content().length);
    }
}
