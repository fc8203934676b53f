package dev.kiji.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class JapaneseNumbersTest {

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource({
    "45, 45",
    "45億, 4500000000",
    "5000億, 500000000000",
    "1.5兆, 1500000000000",
    "'3,000万', 30000000",
    "'39,800', 39800",
    "0.5, 0.5",
    "四十五億, 4500000000",
    "三千二百万, 32000000",
    "一兆二千億, 1200000000000",
    "12億3400万, 1234000000",
    "4万5千, 45000",
    "一万, 10000",
    "二〇二四, 2024",
    "十三, 13",
    "十, 10",
    "百, 100",
    "千二百三十四, 1234",
    "5千, 5000",
    "3千5百, 3500",
    "零, 0",
    "1京, 10000000000000000",
    "2.50, 2.5",
    "9千980, 9980",
    "4万9千980, 49980",
    "1千500万, 15000000",
    "3百50, 350",
  })
  void testParse(String in, String expected) {
    assertEquals(new BigDecimal(expected), JapaneseNumbers.parse(in));
    assertEquals(expected, JapaneseNumbers.plain(JapaneseNumbers.parse(in)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"万", "億", "十十", "百二三", "1,00", "3万2億", "1.2.3", "京一", "百千", "", "12.", "〇百", "千50", "5千50", "15百"})
  void testRejects(String in) {
    assertNull(JapaneseNumbers.parse(in), in);
  }
}
