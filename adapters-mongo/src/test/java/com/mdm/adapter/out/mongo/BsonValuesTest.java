package com.mdm.adapter.out.mongo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Date;
import org.bson.Document;
import org.bson.types.Decimal128;
import org.junit.jupiter.api.Test;

class BsonValuesTest {

  @Test
  void givenDecimalsWithTrailingZerosOrTinyValues_whenStoredAndRead_thenScaleAndValueAreKept() {
    for (String text : new String[] {"64990.90", "0.00000001", "1E+3", "-0.0001250", "123.000"}) {
      BigDecimal value = new BigDecimal(text);
      Document stored = BsonRoundTrip.of(new Document("v", BsonValues.decimal(value, "v")));

      BigDecimal read = BsonValues.readDecimal(stored, "v");
      assertThat(read).as(text).isEqualTo(value);
      assertThat(read.scale()).as(text).isEqualTo(value.scale());
    }
  }

  @Test
  void givenMoreThan34SignificantDigits_whenConverted_thenItFailsNamingTheField() {
    BigDecimal tooPrecise = new BigDecimal("1.23456789012345678901234567890123456");

    assertThatThrownBy(() -> BsonValues.decimal(tooPrecise, "price"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("price 1.23456789012345678901234567890123456")
        .hasMessageContaining("34 significant digits");
  }

  @Test
  void givenInstant_whenStoredAsDate_thenItReadsBackAtMillisecondPrecision() {
    Instant time = Instant.parse("2031-03-04T05:06:07.089Z");
    Document stored = BsonRoundTrip.of(new Document("t", BsonValues.date(time)));

    assertThat(stored.get("t")).isInstanceOf(Date.class);
    assertThat(BsonValues.readInstant(stored, "t")).isEqualTo(time);
  }

  @Test
  void givenMissingOrMistypedField_whenRead_thenTheMessageNamesFieldAndDocument() {
    Document document = new Document("_id", 42L).append("price", 1.5).append("tradeId", 7);

    assertThatThrownBy(() -> BsonValues.readDecimal(document, "price"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("42")
        .hasMessageContaining("price")
        .hasMessageContaining("Decimal128");
    assertThatThrownBy(() -> BsonValues.readInstant(document, "tradeTime"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("stored document 42 lacks required field tradeTime");
    assertThat(BsonValues.readLong(document, "tradeId")).isEqualTo(7L);
    assertThat(BsonValues.readDecimalOrNull(document, "absent")).isNull();
    assertThat(BsonValues.decimal(null, "x")).isNull();
    assertThat(BsonValues.readDecimal(new Document("v", new Decimal128(5)), "v")).isEqualTo("5");
  }
}
