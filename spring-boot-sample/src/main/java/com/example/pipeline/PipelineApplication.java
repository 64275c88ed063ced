package com.example.pipeline;

import org.springframework.boot.CommandLineRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.cache.CacheManager;
import org.springframework.cache.annotation.EnableCaching;
import org.springframework.cache.concurrent.ConcurrentMapCacheManager;
import org.springframework.context.annotation.Bean;

/**
 * A Spring Boot service whose beans carry {@code @EmitsEvent}; caching makes Spring wrap them in
 * CGLIB proxies. Calls each bean {@code args[0]} times (default 3) through its proxy, prints what
 * came back and the beans' runtime classes, then exits.
 */
@SpringBootApplication
@EnableCaching
public class PipelineApplication {

  /**
   * Starts the application.
   *
   * @param args {@code [calls]}
   */
  public static void main(String[] args) {
    System.exit(SpringApplication.exit(SpringApplication.run(PipelineApplication.class, args)));
  }

  /**
   * The cache that makes the beans proxied.
   *
   * @return the cache manager
   */
  @Bean
  CacheManager cacheManager() {
    return new ConcurrentMapCacheManager("lookups", "epochs");
  }

  /**
   * The scripted calls.
   *
   * @param validation the validation bean (a CGLIB proxy)
   * @param epochs the epoch bean, annotated through its interface (a CGLIB proxy)
   * @return the runner
   */
  @Bean
  CommandLineRunner calls(ValidationService validation, EpochService epochs) {
    return args -> {
      int calls = args.length > 0 ? Integer.parseInt(args[0]) : 3;
      System.out.println("validation bean: " + validation.getClass().getName());
      System.out.println("epoch bean: " + epochs.getClass().getName());
      for (int i = 1; i <= calls; i++) {
        System.out.println(
            "validate sub_" + i + " -> " + validation.validate("sub_" + i, "epoch_" + i));
        System.out.println("lookup -> " + validation.lookup("project_a"));
        System.out.println("start epoch_" + i + " -> " + epochs.start("epoch_" + i));
      }
      System.out.println("DONE");
    };
  }
}
