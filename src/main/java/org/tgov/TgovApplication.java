package org.tgov;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class TgovApplication {

    public static void main(String[] args) {
        SpringApplication.run(TgovApplication.class, args);
    }
}
